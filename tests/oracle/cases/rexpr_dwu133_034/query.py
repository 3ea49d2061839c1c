from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("dt").agg(expr("max(id) AS a1"), expr("count_if(arrays_overlap(array(i), array(CAST(NULL AS INT), 3))) AS a2"))
OUTPUT_MODE = "complete"
