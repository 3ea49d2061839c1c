from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, b BOOLEAN, n DECIMAL(4,1), t STRING, m DECIMAL(38,10), d DOUBLE, i INT, f FLOAT, j INT, ts TIMESTAMP, dt DATE, s STRING").json(INPUT)
result = df.where("(NOT coalesce(b, false))").groupBy("s", "s").agg(expr("percentile_cont(0.5) WITHIN GROUP (ORDER BY i)").alias("a1"), expr("try_avg(json_array_length(to_json(array(i, i)))) AS a2"), expr("round(regr_sxy(-1, bitwise_not(timestampdiff(HOUR, ts, ts))), 6)").alias("a3"), expr("round(product(i % 4), 3)").alias("a4"))
OUTPUT_MODE = "update"
