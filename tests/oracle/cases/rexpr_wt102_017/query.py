from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.regexp_replace(F.translate(col("t"), " ", "_"), "[0-9]+", "#")).withColumn("c2", (col("ts") - expr("INTERVAL '1 02:03:04.000005' DAY TO SECOND"))).withColumn("c3", F.date_sub(col("dt"), col("i"))).withColumn("c4", F.date_add(col("dt"), col("i"))).withColumn("c5", F.substr(F.lower(col("t")), lit(5), lit(1))).select("id", "c1", "c2", "c3", "c4", "c5").where((F.when((col("id") != lit(1).cast("bigint")), col("id")).when((col("c1") > lit("日本")), col("id")).otherwise(col("id")).cast("boolean") | F.to_timestamp(lit("2024-02-29 00:00:00")).isNull()))
OUTPUT_MODE = "append"
