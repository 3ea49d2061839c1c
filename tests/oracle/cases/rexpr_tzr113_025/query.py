spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT array_join(regexp_extract_all(t, '([a-z]+)', 1), '|') AS k1, max(sqrt(dt)) AS a5, datediff(max(dt), min(dt)) AS a1, round(avg(n), 2) AS a2, round(vector_sum(array(CAST(i AS FLOAT), 1.0F))[0], 3) AS a3, percentile_approx(i, 0.5) AS a4 FROM src GROUP BY array_join(regexp_extract_all(t, '([a-z]+)', 1), '|') HAVING count(*) >= 1")
OUTPUT_MODE = "update"
