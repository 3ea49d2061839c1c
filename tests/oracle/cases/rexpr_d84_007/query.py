from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(((~col("m").isin(lit(.001).cast("decimal(4,3)"), lit(99.99).cast("decimal(4,2)"))) | col("n").isNull())).select("id", (F.when(col("b"), lit(0)).when(col("b"), col("i")).when(col("b"), lit(2)).otherwise(col("i")).cast("timestamp") == col("dt")).alias("c1"), expr("CAST(TRY_CAST(d AS INT) AS BOOLEAN)"), expr("repeat(ltrim(s), 1)").alias("c3"), expr("(ts + INTERVAL -3 DAYS)"), F.format_string("%s-%d", col("s"), col("j")).ilike("_").cast("string").alias("c5"))
OUTPUT_MODE = "append"
