spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT try_to_number(concat(CAST(1 AS STRING), CAST(m AS STRING), CAST(DATE'2025-03-01' AS STRING)), 'S999.99') AS k1, try_avg((CASE WHEN b THEN m WHEN (ts > TIMESTAMP'2024-03-01 12:30:00.123456') THEN m ELSE m END * m)) AS a1, percentile_cont(0.5) WITHIN GROUP (ORDER BY try_mod(i, i)) AS a2, try_avg((m * i)) AS a3, bool_and((12 NOT IN (-1, 5, 1))) AS a4 FROM src GROUP BY try_to_number(concat(CAST(1 AS STRING), CAST(m AS STRING), CAST(DATE'2025-03-01' AS STRING)), 'S999.99') HAVING count(*) >= 1 ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
