from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(7,0), s STRING, dt DATE, d DOUBLE, ts TIMESTAMP, i INT, f FLOAT, t STRING").json(INPUT)
df.where("((m <=> abs(m)) OR (m > 0.5))").createOrReplaceTempView("src")
result = spark.sql("SELECT greatest(i, i, i) AS k1, sum(CASE WHEN (s > '42') THEN CAST((ts >= TIMESTAMP'2024-03-01 12:30:00.123456') AS BIGINT) ELSE CAST(nvl2(5, i, -4) AS BIGINT) END) AS a1, round(avg(greatest(locate('o', s), greatest(10, i), i)), 3) AS a2, count_if(nvl2(ifnull(id, -2L), ((i > 0) OR (f <= 0.001D)), false)) AS a3 FROM src GROUP BY k1 ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
