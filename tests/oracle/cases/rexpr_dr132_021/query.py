from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("((sequence(CASE WHEN (dt < to_date('2024-02-29')) THEN dt WHEN (f < 0.1D) THEN dt ELSE dt END, date_add(CASE WHEN (dt < to_date('2024-02-29')) THEN dt WHEN (f < 0.1D) THEN dt ELSE dt END, 3), INTERVAL 1 DAY)[1] IS NULL) OR (i <= 5))").selectExpr("id", "array_repeat(url_decode(url_encode(t)), abs(size(array_remove(array(i, i, 1, i), i))) % 3) AS c1", "levenshtein(s, concat_ws('|', t, '42')) AS c2")
OUTPUT_MODE = "append"
