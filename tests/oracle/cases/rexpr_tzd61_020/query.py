spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, ts TIMESTAMP, dt DATE, k BIGINT, t STRING, s STRING, b BOOLEAN, m DECIMAL(18,6), i INT, f FLOAT, j INT").json(INPUT)
result = df.groupBy(expr("instr(s, ' ') AS k1")).agg(F.sort_array(F.collect_set(F.ascii(col("d").cast("string")))).alias("a1"), expr("min(CASE WHEN (k <= 0L) THEN ts ELSE ts END) AS a2"), F.avg(F.find_in_set(lit("b"), F.date_format(F.nullif(col("dt"), F.to_date(lit("2023-12-31"))), "EEEE"))).alias("a3"))
OUTPUT_MODE = "complete"
