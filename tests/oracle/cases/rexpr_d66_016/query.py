from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((F.coalesce(lit(False), (col("s") <= lit("abc")), lit(True)) | col("m").isNull())).groupBy(expr("regexp_replace(s, ' +', '_') AS k1"), "s").agg(F.min(F.regexp_count(col("s"), lit("[aeiou]")).cast("bigint")).alias("a1"), F.sort_array(F.collect_set(F.when((col("j") == lit(-1)), col("s")).when(lit(True), col("s")).when(col("dt").isNotNull(), col("s")).otherwise(col("s")))).alias("a2"), F.count_if(col("id").cast("boolean")).alias("a3"))
OUTPUT_MODE = "update"
