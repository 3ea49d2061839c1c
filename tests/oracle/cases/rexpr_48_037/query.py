from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", ((F.when((col("s") > lit("x-y")), col("id")).when(col("j").isNotNull(), col("id")) + expr("(id DIV nullif(i, 0))")) - col("id"))).withColumn("c2", expr("ascii(CASE WHEN (TIMESTAMP'1999-12-31 23:59:59.999' <> dt) THEN 'é' WHEN (CASE WHEN true THEN dt WHEN (k <= 86400L) THEN dt WHEN (k IS NOT NULL) THEN dt ELSE dt END <> date_trunc('SECOND', ts)) THEN s WHEN (k IS NOT NULL) THEN s ELSE s END)")).withColumn("c3", expr("CASE WHEN (id = m) THEN round(try_divide(least(f, f, 3.75D), i), -1) ELSE f END")).withColumn("j", expr("pmod(octet_length(initcap(s)), nullif(0, 0))")).withColumn("c5", F.greatest(F.floor(col("m")), (col("m") - col("m")))).select("id", "c1", "c2", "c3", "c5")
OUTPUT_MODE = "append"
