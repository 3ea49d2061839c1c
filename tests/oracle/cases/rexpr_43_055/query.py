from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, b BOOLEAN, s STRING, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), j INT, t STRING, ts TIMESTAMP, dt DATE, i INT").load(INPUT)
result = df.groupBy(expr("round(0.5D, 3) AS k1")).agg(expr("max(id) AS a1"), expr("count_if((dt < ts)) AS a2"))
OUTPUT_MODE = "update"
