from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((F.repeat(col("t"), -1).contains("é") | (col("d") > lit(2.0)))).withColumn("c1", F.when((col("b") | col("d").isNotNull()), col("d")).when((col("id") > lit(-2).cast("bigint")), F.months_between(col("ts"), F.to_timestamp(lit("2024-03-01 12:30:00.123456")))).when(col("d").isNotNull(), col("d")).otherwise(col("d"))).withColumn("c2", F.regexp_replace(F.concat(lit("a"), col("t"), col("s")), "[aeiou]", "*")).drop("i", "d", "b", "ts").where("((-2L <> 0) OR b)")
OUTPUT_MODE = "append"
