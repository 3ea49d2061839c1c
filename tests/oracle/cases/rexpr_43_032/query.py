from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(k IS NOT NULL)").selectExpr("nvl2(d, b, false) AS c1", "(i * -1) AS c2", "date_add(greatest(dt, dt, date_add(dt, i)), locate('o', 'abc', 1)) AS c3", "nullif(locate('l', s, 5), 5)")
OUTPUT_MODE = "append"
