from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, t STRING, s STRING, m DECIMAL(38,10), d DOUBLE, dt DATE, i INT, ts TIMESTAMP").load(INPUT)
result = df.filter("(((id / nullif(d, 0)) != CASE WHEN false THEN i WHEN (m >= -3.10) THEN i WHEN (t > 'é') THEN i ELSE i END) OR (id <> 1L))").select("id", expr("(- abs(d))").alias("c1"), F.try_divide((F.length(col("s")) / F.nullif(col("d"), lit(0))), F.nullif(col("id").cast("double"), lit(0.1))).alias("c2"), F.to_date(F.date_format(col("dt"), "yyyyMMdd"), "yyyyMMdd").alias("c3"), expr("round((m + m))").alias("c4"), expr("instr(s, 'a') AS c5"), F.unix_timestamp(col("s")).alias("c6"))
OUTPUT_MODE = "append"
