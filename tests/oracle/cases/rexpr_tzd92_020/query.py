spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, dt DATE, f FLOAT, s STRING, ts TIMESTAMP, i INT, m DECIMAL(18,6), d DOUBLE, b BOOLEAN, k BIGINT, n DECIMAL(9,5), j INT").load(INPUT)
result = df.filter(F.coalesce(col("n").isNotNull(), lit(True))).select("id", expr("unix_timestamp(CAST(ts AS DATE))").alias("c1"), expr("id DIV i").alias("c2"), expr("CASE WHEN b THEN id WHEN (CASE s WHEN '42' THEN 0.5 END != instr(s, ' ')) THEN id WHEN b THEN k ELSE k END AS c3"), expr("(- (least(round(n, 0), m, n) - i)) AS c4"), F.char_length(col("s")).alias("c5"), F.dayofmonth(F.last_day(F.date_from_unix_date(col("i")))).alias("c6")).where("((k IS NOT NULL) OR (f >= 0.1D))")
OUTPUT_MODE = "append"
