from pyspark.sql.functions import expr
df = spark.readStream.schema("i INT, s STRING").json(INPUT)
result = df.select("i",
    expr("to_json(named_struct('x', 1, 'y', NULL)) AS a"),
    expr("to_json(named_struct('x', i, 'y', s)) AS b"),
    expr("to_json(array(NULL, NULL)) AS c"),
    expr("to_json(array(i, NULL)) AS d"),
    expr("to_json(map('k', NULL)) AS e"),
    expr("to_json(map('k', i, 'l', NULL)) AS f"),
    expr("to_json(named_struct('n', named_struct('z', NULL), 'a', array(NULL))) AS g"),
    expr("to_json(named_struct('x', i, 'y', NULL, 's', s), map('ignoreNullFields', 'false')) AS h"),
    expr("to_json(named_struct('x', i, 'y', NULL), map('ignoreNullFields', 'true')) AS k"))
OUTPUT_MODE = "append"
