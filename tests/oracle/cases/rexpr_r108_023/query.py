from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, dt DATE, s STRING, ts TIMESTAMP, d DOUBLE, b BOOLEAN, t STRING, m DECIMAL(38,10), i INT").load(INPUT)
result = df.filter((col("i").isNotNull().isNull() | (col("m") != lit(12.345).cast("decimal(5,3)")))).select("id", expr("CAST(id AS DOUBLE)").alias("c1"), expr("position('o', s)").alias("c2"), F.pmod(F.greatest(col("id"), lit(1000).cast("bigint"), lit(1).cast("bigint")), F.nullif(col("i"), lit(0))), expr("xpath('<a><b>x</b><b>' || (1 * i) || '</b></a>', 'a/b/text()')").alias("c4")).where("coalesce(((id = 86400L) OR (c4 IS NOT NULL)), true)")
OUTPUT_MODE = "append"
