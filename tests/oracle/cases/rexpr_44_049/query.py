from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT (n IN (0.001, -3.10)) AS k1, max(t) AS a1, count_if(isnan((id * d))) AS a2, sort_array(collect_set(pmod(CASE WHEN (dt = to_date('2025-03-01')) THEN i WHEN b THEN i ELSE -1 END, 3))) AS a3 FROM src GROUP BY (n IN (0.001, -3.10)) HAVING count(*) >= 1")
OUTPUT_MODE = "complete"
