from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, b BOOLEAN, d DOUBLE, i INT, ts TIMESTAMP, dt DATE, s STRING, j INT, m DECIMAL(10,2), n DECIMAL(20,0)").json(INPUT)
result = df.groupBy(F.lower(col("s")).alias("k1")).agg(F.avg(col("id")).alias("a1"), expr("count_if((b AND (dt >= to_date('2024-02-29')))) AS a2"), F.max(F.ceil(col("d"))).alias("a3")).orderBy("k1")
OUTPUT_MODE = "complete"
ORDERED = True
