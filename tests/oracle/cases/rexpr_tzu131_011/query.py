spark.conf.set("spark.sql.session.timeZone", "America/Chicago")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("add_months(dt, i)").alias("c1"), F.posexplode_outer(F.create_map(col("i"), col("t"))), expr("last_day(date_add(to_date('2000-01-01'), CASE WHEN (ts <> TIMESTAMP'2024-03-01 12:30:00.123456') THEN i WHEN (t <= 'Hello') THEN i ELSE i END))").alias("c3"), expr("(m <> 86400L) AS c4"), F.add_months(expr("sequence(greatest(trunc(dt, 'YEAR'), greatest(dt, DATE'2024-02-29'), to_date(date_format(DATE'2023-12-31', 'yyyyMMdd'), 'yyyyMMdd')), date_add(greatest(trunc(dt, 'YEAR'), greatest(dt, DATE'2024-02-29'), to_date(date_format(DATE'2023-12-31', 'yyyyMMdd'), 'yyyyMMdd')), 3), INTERVAL 1 DAY)[1]"), col("i")).alias("c5"), expr("position(t, t, 2)").alias("c6")).where((col("id") == lit(86400).cast("bigint")))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c3 FROM rexpr_q ORDER BY id"]
