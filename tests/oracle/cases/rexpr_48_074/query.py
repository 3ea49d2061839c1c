from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, s STRING, t STRING, ts TIMESTAMP, j INT, n DECIMAL(20,0), d DOUBLE, i INT, dt DATE, m DECIMAL(18,6)").json(INPUT)
result = df.select("id", "i", expr("(id * d)").alias("c1"), (F.when((col("d") <= lit(0.1)), F.coalesce(col("dt"), col("dt"), F.to_date(lit("2000-01-01")))).when((col("t") > lit(" ")), F.least(col("dt"), col("dt"), col("dt"))) - expr("INTERVAL 1 DAY")).alias("c2"), expr("CASE ((j >= 5) AND (id IS NOT NULL)) WHEN false THEN (i - i) WHEN false THEN i END").alias("c3"), F.instr(F.sha2(F.regexp_replace(lit(None).cast("string"), " +", "_"), 256), " ").alias("c4"), expr("add_months(last_day(nullif(dt, DATE'2023-12-31')), i) AS c5"))
OUTPUT_MODE = "append"
