from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT nvl2(CASE WHEN (i > 3) THEN n WHEN (dt <= DATE'2023-12-31') THEN n WHEN (id IS NOT NULL) THEN m ELSE n END, (n > 1.25), false) AS k1, min(weekofyear(to_date('2025-03-01'))) AS a1, round(avg(m), 3) AS a2, count_if((endswith(s, ' ') OR (m IS NOT NULL))) AS a3, min((-2L + id)) AS a4 FROM src GROUP BY nvl2(CASE WHEN (i > 3) THEN n WHEN (dt <= DATE'2023-12-31') THEN n WHEN (id IS NOT NULL) THEN m ELSE n END, (n > 1.25), false)")
OUTPUT_MODE = "update"
