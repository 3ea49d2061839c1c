from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, ts TIMESTAMP, n DECIMAL(9,5), k BIGINT, j INT, b BOOLEAN, i INT, s STRING, m DECIMAL(10,2), dt DATE, t STRING").load(INPUT)
result = df.where("coalesce(CASE WHEN (trunc(dt, 'MM') >= to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss')) THEN (d != n) ELSE (s IS NOT NULL) END, true)").withColumn("c1", F.greatest((F.date_add(F.add_months(F.to_date(lit("2023-12-31")), col("i")), col("i")) - expr("INTERVAL '1-1' YEAR TO MONTH")), expr("CASE s WHEN 'o' THEN dt ELSE DATE'2024-02-29' END"), col("dt"))).withColumn("c2", expr("DATE'2000-01-01'")).withColumn("c3", expr("add_months(to_date('2024-02-29'), 1)")).withColumn("c4", F.date_add(col("dt"), col("i"))).filter((col("k") <= lit(1).cast("bigint")))
OUTPUT_MODE = "append"
