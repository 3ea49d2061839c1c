from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, t STRING, n DECIMAL(5,3), f FLOAT, ts TIMESTAMP, d DOUBLE, j INT, s STRING, m DECIMAL(10,2), b BOOLEAN, dt DATE").json(INPUT)
result = df.filter("(b OR (t IS NOT NULL))").groupBy("j").agg(F.count_if(F.coalesce(col("b"), col("b"), lit(True))).alias("a1"), expr("min(id) AS a2"), expr("sum(CASE WHEN isnan(d) THEN (2 * (i + i)) ELSE 0 END) AS a3"), F.min((col("ts") - expr("INTERVAL 1 DAY"))).alias("a4"))
OUTPUT_MODE = "complete"
