spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, t STRING, dt DATE, ts TIMESTAMP, d DOUBLE, m DECIMAL(38,10), i INT, s STRING, b BOOLEAN, j INT").json(INPUT)
df.filter((expr("('o' COLLATE UTF8_BINARY = 'Hello World')") | (col("j") >= lit(10)))).createOrReplaceTempView("src")
result = spark.sql("SELECT t, max(nanvl(d, s)) AS a4, round(covar_samp(d, i), 4) AS a1, min_by(element_at(array_sort(array(dt, dt, DATE'2024-02-29')), 1), (round(m, -1) * cot(nullif(100.0D, 0)))) AS a2, percentile_approx(datediff(dt, least(dt, dt, dt)), 0.5) AS a3 FROM src GROUP BY t HAVING count(*) >= 1")
OUTPUT_MODE = "complete"
