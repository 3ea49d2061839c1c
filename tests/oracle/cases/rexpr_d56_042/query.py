from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, j INT, d DOUBLE, m DECIMAL(12,4), dt DATE, ts TIMESTAMP, s STRING, n DECIMAL(5,3), k BIGINT, i INT, b BOOLEAN").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT CASE WHEN (i >= 2) THEN 100.0D ELSE d END AS k1, count_if(b) AS a1, sum(instr(substring_index(s, ',', 0), ' ')) AS a2, round(avg(m), 2) AS a3 FROM src GROUP BY CASE WHEN (i >= 2) THEN 100.0D ELSE d END HAVING count(*) >= 1")
OUTPUT_MODE = "update"
