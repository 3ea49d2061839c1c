from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("coalesce((j BETWEEN 1 AND 5), true)").select("id", expr("CASE WHEN (d != m) THEN date_trunc('yyyy', to_timestamp(date_format(ts, 'dd.MM.yyyy HH:mm:ss.SSSSSS'), 'dd.MM.yyyy HH:mm:ss.SSSSSS')) WHEN (id <> 86400L) THEN ts WHEN if((d <= 0.5D), b, false) THEN ts ELSE least(ts, nullif(ts, TIMESTAMP'1999-12-31 23:59:59.999')) END AS c1"), F.signum(F.when((col("dt") >= F.to_date(lit("2023-12-31"))), col("d")).when(col("b"), col("d"))), expr("(i % nullif(nullif((- (i - i)), 5), 0))").alias("c3")).where("(i <= 10)")
OUTPUT_MODE = "append"
