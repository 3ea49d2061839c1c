from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, n DECIMAL(5,3), d DOUBLE, i INT, dt DATE, m DECIMAL(18,6), ts TIMESTAMP, s STRING, b BOOLEAN").json(INPUT)
df.filter(col("s").isNotNull()).createOrReplaceTempView("src")
result = spark.sql("SELECT (dt = to_date('2000-01-01')) AS k1, sum(CASE WHEN xpath_boolean('<a><b>' || (i * 1) || '</b></a>', 'a/b = 7') THEN (m / -4.5) ELSE 0 END) AS a1, round(stddev(cot(nullif(sqrt(d), 0))), 6) AS a2, (max(i) - min(i)) AS a3 FROM src GROUP BY (dt = to_date('2000-01-01'))")
OUTPUT_MODE = "update"
