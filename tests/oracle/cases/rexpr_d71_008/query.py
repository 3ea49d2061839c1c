from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, dt DATE, s STRING, ts TIMESTAMP, k BIGINT, i INT, b BOOLEAN, n DECIMAL(5,3), j INT, m DECIMAL(18,6)").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT ((ts <=> TIMESTAMP'1999-12-31 23:59:59.999') OR b) AS k1, count(months_between(nullif(ts, TIMESTAMP'1999-12-31 23:59:59.999'), ts, false)) AS a1, (max(if(forall(split(s, ' '), x -> x = ''), d, (d + n))) - min(if(forall(split(s, ' '), x -> x = ''), d, (d + n)))) AS a2, bool_or(CASE WHEN b THEN (dt >= to_date('2024-02-29')) WHEN (dt = to_date('2023-12-31')) THEN b WHEN b THEN (k <= 0L) ELSE (id <= 1L) END) AS a3 FROM src GROUP BY ((ts <=> TIMESTAMP'1999-12-31 23:59:59.999') OR b) HAVING count(*) >= 1")
OUTPUT_MODE = "update"
