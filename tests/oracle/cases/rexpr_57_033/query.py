from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((col("i") != lit(5))).withColumn("d", F.when((col("ts") < F.to_timestamp(lit("1999-12-31 23:59:59.999"))), F.nullif(F.round(col("d"), -1), lit(0.5))).otherwise(lit(0.5))).withColumn("dt", expr("add_months(CASE WHEN false THEN dt WHEN (dt = to_date('2000-01-01')) THEN DATE'2023-12-31' WHEN (id IS NOT NULL) THEN dt ELSE dt END, i)")).withColumn("c3", expr("TRY_CAST(greatest(i, i, i) AS INT)"))
OUTPUT_MODE = "append"
