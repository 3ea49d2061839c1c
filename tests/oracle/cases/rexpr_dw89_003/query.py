from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(((~col("j").isin(lit(10), lit(1), lit(3))) | (col("id") != lit(1000).cast("bigint")))).selectExpr("id", "TRY_CAST(ifnull(d, 0.1D) AS INT) AS c1", "dayofyear(dt) AS c2", "dayofmonth(dt)")
OUTPUT_MODE = "append"
