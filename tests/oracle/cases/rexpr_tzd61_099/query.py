spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.filter(F.coalesce((lit("Hello") > col("t")), lit(True))).createOrReplaceTempView("src")
result = spark.sql("SELECT b, avg(CASE WHEN b THEN id WHEN nvl2(dt, b, true) THEN id WHEN (n IS NOT NULL) THEN id ELSE id END) AS a1, (max(i) - min(i)) AS a2, (max(3) - min(3)) AS a3, max(CAST(d AS DECIMAL(6,2))) AS a5, count_if((d <=> TRY_CAST(id AS DECIMAL(12,2)))) AS a4 FROM src GROUP BY b HAVING count(*) >= 1")
OUTPUT_MODE = "update"
