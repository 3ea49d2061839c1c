from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, d DOUBLE, n DECIMAL(20,0), ts TIMESTAMP, b BOOLEAN, i INT, m DECIMAL(12,4), j INT, s STRING").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT TRY_CAST(id AS INT) AS k1, datediff(max(CASE WHEN b THEN dt WHEN true THEN dt WHEN b THEN dt ELSE dt END), min(CASE WHEN b THEN dt WHEN true THEN dt WHEN b THEN dt ELSE dt END)) AS a1, sum(tan((CASE WHEN b THEN d WHEN (dt IS NOT NULL) THEN 100.0D ELSE 2.0D END - least(id, id, id)))) AS a2, round(stddev(2.0D), 6) AS a3, round(var_samp(-1.5D), 4) AS a4, max(make_timestamp_ntz(2024, 2, 30, 0, 0, 0)) AS a5 FROM src GROUP BY TRY_CAST(id AS INT) HAVING count(*) >= 1")
OUTPUT_MODE = "complete"
