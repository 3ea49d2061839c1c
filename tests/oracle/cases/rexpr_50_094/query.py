from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("(id / nullif(i, 0))")).withColumn("c2", ((lit(5).cast("timestamp") + expr("INTERVAL 1 MONTH")) - expr("INTERVAL '1-2' YEAR TO MONTH"))).withColumn("c3", expr("CASE year(dt) WHEN 3 THEN i WHEN -1 THEN i ELSE i END")).select("id", "c1", "c2", "c3").filter("(n > 0.5)")
OUTPUT_MODE = "append"
