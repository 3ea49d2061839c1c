from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.filter((col("dt") < F.to_date(lit("2024-02-29")))).createOrReplaceTempView("src")
result = spark.sql("SELECT TRY_CAST(d AS INT) AS k1, round(avg(bround(try_add(n, n), 3)), 3) AS a1, max(d) AS a2, count_if(array_contains(split(trim('a'), ','), '')) AS a3, count(nullif(dt, to_date('2024-02-29'))) AS a4 FROM src GROUP BY k1 HAVING count(*) >= 1 ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
