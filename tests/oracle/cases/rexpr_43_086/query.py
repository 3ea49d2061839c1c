from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "(i - id) AS c1", "CAST(j AS BIGINT) AS c2", "((id * 10) * 1) AS c3")
OUTPUT_MODE = "append"
