from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "CAST(TRY_CAST(s AS BOOLEAN) AS DOUBLE) AS c1", "try_divide(i, i)", "(i * n) AS c3")
OUTPUT_MODE = "append"
