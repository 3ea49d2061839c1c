from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where(((~col("t").isin(lit("a"))) | lit(7).isNull())).selectExpr("isnan(d) AS c1", "pmod(nullif(id, 1L), nullif(j, 0))")
OUTPUT_MODE = "append"
