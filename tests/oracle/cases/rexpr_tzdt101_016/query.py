spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((~F.coalesce(F.when(col("b"), F.format_string("%.2f / %s", col("d"), lit(" "))).otherwise(F.base64(lit("42"))).like("a%"), lit(False)))).withColumn("c1", (expr("CAST(TIMESTAMP_NTZ'2025-11-02 01:30:00' + INTERVAL 1 DAY AS STRING)").endswith("a") | col("i").between(lit(5), lit(1)))).withColumn("c2", F.greatest(col("dt"), col("dt"), col("dt"))).drop("j", "s", "b", "ts").where((((col("id") >= lit(1000).cast("bigint")) | (col("c2") != col("dt"))) | col("m").isNotNull()))
OUTPUT_MODE = "append"
