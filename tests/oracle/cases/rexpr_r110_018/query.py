from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(arrays_overlap(array(greatest(3, -1)), array(CAST(NULL AS INT), 3)) OR (m <= 0.001))").groupBy(expr("sequence(DATE'2025-03-01', date_add(DATE'2025-03-01', 3), INTERVAL 1 DAY)[1]").alias("k1")).agg(F.count_if(expr("xpath_boolean('<a><b>' || nullif(datepart('DAYOFWEEK', dt), -1) || '</b></a>', 'a/b = 7')")).alias("a1"), expr("round(covar_samp(coalesce(d, d, 100.0D), i), 4) AS a2"))
OUTPUT_MODE = "update"
