from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where(((F.replace(col("s"), lit("a"), lit("")) > col("s")) | col("m").isNotNull())).withColumn("c1", expr("TRY_CAST(d AS DECIMAL(38,18))")).withColumn("c2", expr("CASE WHEN isnull(dt) THEN CAST(m AS DOUBLE) ELSE xpath_double('<a><b>' || i || '</b><b>2.5</b></a>', 'sum(a/b)') END")).withColumn("c3", (-col("j"))).withColumn("c4", expr("(j <= k)")).withColumn("c5", expr("regexp_extract_all(format_number(d, 0), '[0-9]+', 0)")).select("id", "c1", "c2", "c3", "c4", "c5").where("coalesce((d > 2.0D), true)")
OUTPUT_MODE = "append"
