from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(id >= 3L)").selectExpr("id", "s", "(id / 7.0D) AS c1", "try_element_at(split(string(pow(n, 3)), '  *'), 3) AS c2", "(isnan((id / 10)) = coalesce((i <= -1), false)) AS c3").where("coalesce(coalesce(b, b, false), true)")
OUTPUT_MODE = "append"
