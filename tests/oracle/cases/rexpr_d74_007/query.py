from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where(F.coalesce(col("t").try_cast("boolean"), lit(True))).withColumn("c1", expr("CASE WHEN (j IS NOT NULL) THEN to_date('2024-02-29') WHEN b THEN dt WHEN b THEN dt ELSE DATE'2023-12-31' END")).withColumn("c2", F.date_add(F.nullif(col("dt"), F.to_date(lit("2000-01-01"))), F.nullif(col("i"), lit(0)))).withColumn("c3", expr("if(b, d, d)")).withColumn("c4", F.when((col("j") != lit(-1)), F.btrim(col("s"))).when(F.isnull((col("k") != lit(-2).cast("bigint"))), lit("a")).otherwise(col("s"))).withColumn("c5", expr("CASE WHEN (k <= 0L) THEN ts WHEN ((c3 >= 3.75D) AND b) THEN try_to_timestamp(s) ELSE ts END")).select("id", "c1", "c2", "c3", "c4", "c5")
OUTPUT_MODE = "append"
