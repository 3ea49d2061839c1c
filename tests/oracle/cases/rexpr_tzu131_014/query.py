spark.conf.set("spark.sql.session.timeZone", "America/Chicago")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select(expr("(NOT (ts <> TIMESTAMP'2024-02-29 00:00:00')) AS c1"), F.negative(col("m")), F.str_to_map(F.decode(F.encode(expr("CAST(binary(s) AS STRING)"), 'UTF-8'), 'US-ASCII'), lit(' '), lit('l')).alias("c3"), expr("make_dt_interval(106751992, i)").alias("c4"), (expr("((id - id) DIV nullif((2 * i), 0))") + col("id")).alias("c5"), expr("zeroifnull((CAST((s <> '2024-02-29') AS DECIMAL(38,18)) / nullif((i + i), 0))) AS c6")).where("(NOT coalesce(c1, false))")
OUTPUT_MODE = "append"
