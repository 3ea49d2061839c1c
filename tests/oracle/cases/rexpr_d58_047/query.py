from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.where("(endswith(from_unixtime(i), ' ') OR (dt = DATE'2023-12-31'))").createOrReplaceTempView("src")
result = spark.sql("SELECT ifnull('o', '42') AS k1, count_if((b IS NOT NULL)) AS a1, (max((aggregate(split('日本', ' '), 0, (acc, x) -> acc + length(x)) % nullif(i, 0))) - min((aggregate(split('日本', ' '), 0, (acc, x) -> acc + length(x)) % nullif(i, 0)))) AS a2 FROM src GROUP BY 1")
OUTPUT_MODE = "update"
