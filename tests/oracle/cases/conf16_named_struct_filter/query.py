df = spark.readStream.format("json").schema("id LONG, i INT, l BIGINT, s STRING, n INT, v DOUBLE, k STRING, c BOOLEAN").load(INPUT)
result = df.where("named_struct('a', v, 'b', k).a > 2 OR struct(i, k).i = 0").selectExpr("id", "named_struct('x', id, 'y', k).y AS y")
OUTPUT_MODE = "append"
