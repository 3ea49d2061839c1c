from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("coalesce(((s RLIKE '^$') OR ((ts IS NOT NULL) <=> b)), true)").select("id", F.when((F.ceil(F.when(F.abs(F.try_divide(col("d"), lit(1e300))) < lit(1e9), F.try_divide(col("d"), lit(1e300)))) != col("i")), col("s")).when(col("b"), col("s")).when(col("s").isNotNull(), lit("o")).startswith("").alias("c1"), expr("crc32(s)"), expr("array_join(split(rpad(concat(CAST(dt AS STRING), sha1(s)), 3, '*'), ','), '') AS c3"))
OUTPUT_MODE = "append"
