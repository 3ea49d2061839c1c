from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((expr("is_valid_utf8(unhex('C328'))") | col("d").isNull())).groupBy("dt").agg(expr("round(regr_intercept((nullif(i, 5) + i), CASE WHEN xpath_boolean('<a><b>' || i || '</b></a>', 'a/b = 7') THEN smallint(i) ELSE i END), 6)").alias("a1"), expr("round(corr(CASE WHEN arrays_overlap(array(i), array(CAST(NULL AS INT), 3)) THEN d WHEN (ts IS NOT NULL) THEN abs(3.75D) ELSE d END, i), 6)").alias("a2"), expr("avg(least(m, m, m)) AS a3"))
OUTPUT_MODE = "update"
