from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, n DECIMAL(5,3), dt DATE, d DOUBLE, ts TIMESTAMP, s STRING, m DECIMAL(12,4), i INT, b BOOLEAN").load(INPUT)
result = df.selectExpr("id", "add_months(dt, i) AS c1", "CAST(i AS BIGINT) AS c2")
OUTPUT_MODE = "append"
