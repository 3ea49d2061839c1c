spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, dt DATE, d DOUBLE, ts TIMESTAMP, m DECIMAL(18,6), n DECIMAL(5,3), i INT, b BOOLEAN, s STRING, j INT").load(INPUT)
result = df.groupBy(expr("(CAST(date_part('days', (to_date('2025-03-01') - dt)) AS INT) BETWEEN 10 AND 10) AS k1")).agg(expr("sum(CASE WHEN ((TIMESTAMP'1999-12-31 23:59:59.999' + INTERVAL 1 DAY) <> ts) THEN n ELSE 0 END) AS a1"), expr("(max(instr(format_string('%s-%d', s, j), '')) - min(instr(format_string('%s-%d', s, j), ''))) AS a2"), F.sum(F.bround((col("n") * lit(None).cast("decimal(10,2)")), -1)).alias("a3"), expr("min(round((n + m), 1)) AS a4"))
OUTPUT_MODE = "update"
