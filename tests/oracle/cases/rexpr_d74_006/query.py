from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.filter((F.isnull(col("ts")) | col("b"))).createOrReplaceTempView("src")
result = spark.sql("SELECT CASE WHEN b THEN i WHEN (NOT b) THEN j ELSE j END AS k1, 0.5D AS k2, count_if((nvl(d, -1.5D) IS NULL)) AS a1, (max(i) - min(i)) AS a2, round(avg(n), 3) AS a3 FROM src GROUP BY CASE WHEN b THEN i WHEN (NOT b) THEN j ELSE j END, 0.5D")
OUTPUT_MODE = "complete"
