from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((col("i") < lit(2))).select("id", "d", F.when((col("id") == lit(-2).cast("bigint")), F.exp(col("d"))).when(col("j").isin(lit(10), lit(10)), col("d")).otherwise(col("d")).alias("c1"), expr("lpad(regexp_replace(concat_ws('|', CAST(dt AS STRING), substr(s, 2, 1)), '[0-9]+', '#'), 3, 'é')").alias("c2"), F.ifnull(col("dt"), F.to_date(lit("2023-12-31"))).alias("c3"), F.nullif((col("id") % F.nullif(lit(5), lit(0))), lit(86400).cast("bigint")).alias("c4"))
OUTPUT_MODE = "append"
