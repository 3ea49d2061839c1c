from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, s STRING, b BOOLEAN, ts TIMESTAMP, m DECIMAL(10,2), d DOUBLE, dt DATE, i INT").json(INPUT)
result = df.where("(s >= 'a')").selectExpr("id", "replace(get(split(s, ' '), 1), 'l', 'LL') AS c1", "schema_of_xml('<p a=\"1\"><b>x</b><b>y</b><c/></p>') AS c2", "(array_join(split(upper(s), ' '), '') BETWEEN '日本' AND 'o') AS c3", "map_values(map(1, CASE WHEN b THEN dt WHEN (i < 10) THEN dt WHEN (s <= 'é') THEN dt ELSE date_sub(dt, i) END, 2, NULL)) AS c4", "hash(dt, m) AS c5").filter((expr("(s COLLATE UTF8_BINARY = 'Hello World')") | (col("s") <= lit(" "))))
OUTPUT_MODE = "append"
