from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(col("t").alias("k1")).agg(F.last_value(lit("")).alias("a1"), expr("count(DISTINCT levenshtein(lpad('', 8, 'é'), xpath_string('<a><b>' || replace(replace(s, '<', ''), '&', '') || '</b></a>', 'a/b'))) > -1").alias("a2"), expr("first_value(quarter(dt), true) AS a3")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
